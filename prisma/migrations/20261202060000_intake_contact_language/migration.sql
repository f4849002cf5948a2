-- The language a suggestion was made in (the form under /nn is nynorsk): the suggester's
-- decision mails are written in it. Deleted with the rest of the contact details.
ALTER TABLE "intake_contact" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'nb';
ALTER TABLE "intake_contact" ADD CONSTRAINT "intake_contact_language_check" CHECK ("language" IN ('nb', 'nn'));
