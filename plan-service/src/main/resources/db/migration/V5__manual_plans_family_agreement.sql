alter table family_plan add column family_agreed_on date;
alter table family_plan add column family_agreement_method text;
alter table family_plan add column opened_by text;
