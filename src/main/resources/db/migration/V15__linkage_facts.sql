-- The linkage module's published read model: which cases are one person.
create view facts_person_cluster as
select p.case_id, p.cluster_id from person_cluster p;
