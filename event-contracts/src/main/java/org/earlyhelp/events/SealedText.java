package org.earlyhelp.events;

/**
 * Narrative text that must travel with an event (a goal carried over from CSC's plan) crosses
 * the broker sealed: AES-GCM ciphertext, base64, readable only by a service holding the
 * sealing key. The broker, the notification service and partner webhooks never see it in clear.
 */
public record SealedText(String ciphertext) {
}
