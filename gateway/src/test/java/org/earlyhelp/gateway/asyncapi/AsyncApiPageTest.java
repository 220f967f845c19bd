package org.earlyhelp.gateway.asyncapi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

class AsyncApiPageTest {

    private static final String DOCUMENT = """
            asyncapi: 3.0.0
            info:
              title: Events <b>bold</b>
              version: 9.9.9
              description: |
                First paragraph
                on two lines.

                Second <script>alert(1)</script> paragraph.
            channels:
              things:
                address: some.topic
                messages:
                  ThingHappenedV1:
                    $ref: '#/components/messages/ThingHappenedV1'
            operations:
              publishThings:
                action: send
                channel:
                  $ref: '#/channels/things'
            components:
              messages:
                ThingHappenedV1:
                  name: example.thing-happened.v1
                  title: Thing happened
                  payload:
                    $ref: '#/components/schemas/ThingHappenedV1'
                  examples:
                    - name: a-thing
                      payload:
                        thingId: 'x" onmouseover="alert(1)'
              schemas:
                ThingHappenedV1:
                  type: object
                  required:
                    - thingId
                  properties:
                    thingId:
                      type: string
                      format: uuid
                      description: The thing & its id.
                    kind:
                      type: [string, "null"]
                      enum: [BIG, SMALL]
            """;

    @Test
    void rendersEveryPartOfTheDocumentEscaped() throws Exception {
        String html = AsyncApiPage.render(new YAMLMapper().readTree(DOCUMENT));
        assertThat(html).contains("<h1>Events &lt;b&gt;bold&lt;/b&gt;</h1>", "<p>First paragraph on two lines.</p>",
                "Second &lt;script&gt;alert(1)&lt;/script&gt; paragraph.", "<code>some.topic</code>",
                "<a href=\"#message-ThingHappenedV1\">Thing happened (example.thing-happened.v1)</a>",
                "<td><code>thingId</code></td><td>string (uuid)</td><td>yes</td><td>The thing &amp; its id.</td>",
                "<td><code>kind</code></td><td>string | null: <code>BIG, SMALL</code></td><td>no</td>",
                "Example: a-thing", "&quot;thingId&quot; : &quot;x\\&quot; onmouseover=\\&quot;alert(1)&quot;");
        assertThat(html).doesNotContain("<script", "<b>", "onmouseover=\"");
    }
}
