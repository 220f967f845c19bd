package org.earlyhelp.assessment.family;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * The fields a member needs by role (400 naming each): a born member has a given name, a family name and a
 * {@code dateOfBirth}, and no {@code expectedDateOfBirth}; an {@code UNBORN} member has an {@code expectedDateOfBirth}
 * instead of a {@code dateOfBirth}, and names only if the family has chosen them.
 */
@Documented
@Constraint(validatedBy = MemberShape.Validator.class)
@Target({ ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
public @interface MemberShape {
    String message() default "the fields a member needs depend on its role";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** A member as a request gives one. */
    interface Fields {
        String givenName();

        String familyName();

        LocalDate dateOfBirth();

        LocalDate expectedDateOfBirth();

        MemberRole role();
    }

    class Validator implements ConstraintValidator<MemberShape, Fields> {
        @Override
        public boolean isValid(Fields member, ConstraintValidatorContext context) {
            if (member == null || member.role() == null) {
                return true; // @NotNull on the member and on its role says so
            }
            context.disableDefaultConstraintViolation();
            boolean valid = true;
            if (member.role() == MemberRole.UNBORN) {
                if (member.expectedDateOfBirth() == null) {
                    valid = violation(context, "expectedDateOfBirth", "must not be null for an UNBORN member");
                }
                if (member.dateOfBirth() != null) {
                    valid = violation(context, "dateOfBirth", "an UNBORN member has an expectedDateOfBirth, not a dateOfBirth: record the birth when it happens");
                }
            } else {
                if (member.givenName() == null || member.givenName().isBlank()) {
                    valid = violation(context, "givenName", "must not be blank");
                }
                if (member.familyName() == null || member.familyName().isBlank()) {
                    valid = violation(context, "familyName", "must not be blank");
                }
                if (member.dateOfBirth() == null) {
                    valid = violation(context, "dateOfBirth", "must not be null");
                }
                if (member.expectedDateOfBirth() != null) {
                    valid = violation(context, "expectedDateOfBirth", "only an UNBORN member has an expectedDateOfBirth");
                }
            }
            return valid;
        }

        private static boolean violation(ConstraintValidatorContext context, String field, String message) {
            context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
            return false;
        }
    }
}
