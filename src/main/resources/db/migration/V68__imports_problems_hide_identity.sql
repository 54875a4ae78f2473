-- Problems kept before a refused cell of identity stopped being quoted in the reason: such a
-- problem names its column and leaves out the value (identity is never kept in the clear), but its
-- reason could still carry the cell («31.02.1985» is not a date). Every quote in the reason of a
-- cell's problem without a value becomes «…», as the reasons written now read. A cell's problem
-- with no value and no quote (an empty required cell) and a row's problems (no column) stay as
-- they are. Running this again changes nothing.
update import_run r
   set problems = (select jsonb_agg(case
                                        when e.problem ->> 'column' is not null
                                         and e.problem ->> 'value' is null
                                        then jsonb_set(e.problem, '{reason}',
                                                       to_jsonb(regexp_replace(e.problem ->> 'reason',
                                                                               '«[^»]*»', '«…»', 'g')))
                                        else e.problem
                                    end order by e.position)
                     from jsonb_array_elements(r.problems) with ordinality as e(problem, position))
 where exists (select 1
                 from jsonb_array_elements(r.problems) as p(problem)
                where p.problem ->> 'column' is not null
                  and p.problem ->> 'value' is null
                  and p.problem ->> 'reason' like '%«%»%');
