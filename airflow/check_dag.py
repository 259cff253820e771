#!/usr/bin/env python3
"""Checks the nightly DAG with Python's standard library alone (Airflow cannot be installed here).

1. The DAG file compiles (no .pyc is written).
2. Imported with minimal stand-ins for the three Airflow names it uses, it builds one SparkSubmitOperator per job
   of conf/pipeline.json, with the job's class, the run date from {{ ds }}, retries with back-off, a timeout,
   max_active_runs=1 and catchup, and exactly the pipeline's dependencies.
3. Every task has its pool from CXLAKE_AIRFLOW_POOL (default_pool when unset or empty): the DAG is imported again
   with the variable unset and with it set to a probe name, to see that every task follows it.
Exit code 0 when all holds; otherwise each problem is printed and the exit code is 1.

Where Airflow is installed, also run its own integrity check:
    python -c "from airflow.models import DagBag; b = DagBag('airflow/dags', include_examples=False); \\
               assert not b.import_errors, b.import_errors; print(b.dag_ids)"
"""
import json
import os
import sys
import types

HERE = os.path.dirname(os.path.abspath(__file__))
DAG_FILE = os.path.join(HERE, "dags", "cxlake_nightly.py")
PIPELINE = os.path.join(HERE, "..", "conf", "pipeline.json")
POOL_ENV = "CXLAKE_AIRFLOW_POOL"
PROBE_POOL = "cxlake_check_pool"


class StandInDag:
    """Records the DAG's arguments; a context manager like airflow.DAG."""
    current = None

    def __init__(self, dag_id, **kwargs):
        self.dag_id, self.kwargs, self.tasks = dag_id, kwargs, {}

    def __enter__(self):
        StandInDag.current = self
        return self

    def __exit__(self, *exc):
        StandInDag.current = None


class StandInSparkSubmit:
    """Records an operator's arguments and the >> dependencies between operators."""

    def __init__(self, task_id, **kwargs):
        self.task_id, self.kwargs, self.upstream = task_id, kwargs, set()
        self.dag = StandInDag.current
        self.dag.tasks[task_id] = self

    def __rshift__(self, other):
        other.upstream.add(self.task_id)
        return other


def load_dag(environ=None):
    """Imports the DAG file with the stand-ins; environ: variables set (None: removed) while the file is parsed."""
    airflow = types.ModuleType("airflow")
    airflow.DAG = StandInDag
    models = types.ModuleType("airflow.models")
    models.Variable = object
    spark_submit = types.ModuleType("airflow.providers.apache.spark.operators.spark_submit")
    spark_submit.SparkSubmitOperator = StandInSparkSubmit
    for name, module in {"airflow": airflow, "airflow.models": models, "airflow.providers": types.ModuleType("p"),
                         "airflow.providers.apache": types.ModuleType("a"),
                         "airflow.providers.apache.spark": types.ModuleType("s"),
                         "airflow.providers.apache.spark.operators": types.ModuleType("o"),
                         "airflow.providers.apache.spark.operators.spark_submit": spark_submit}.items():
        sys.modules[name] = module
    scope = {"__file__": DAG_FILE, "__name__": "cxlake_nightly"}
    saved = {name: os.environ.get(name) for name in (environ or {})}
    try:
        for name, value in (environ or {}).items():
            set_env(name, value)
        with open(DAG_FILE, encoding="utf-8") as f:
            exec(compile(f.read(), DAG_FILE, "exec"), scope)
    finally:
        for name, value in saved.items():
            set_env(name, value)
    return scope["dag"]


def set_env(name, value):
    if value is None:
        os.environ.pop(name, None)
    else:
        os.environ[name] = value


def pool_problems(dag, expected, how):
    """One line per pool value found where the expected one was not, naming its tasks."""
    wrong = {}
    for name, task in dag.tasks.items():
        if task.kwargs.get("pool") != expected:
            wrong.setdefault(repr(task.kwargs.get("pool")), []).append(name)
    return [f"tasks {names}: pool {pool} is not {expected!r} ({how})" for pool, names in wrong.items()]


def problems():
    dag = load_dag()  # compiles the file first: a syntax error stops the check with its line
    with open(PIPELINE, encoding="utf-8") as f:
        jobs = json.load(f)["jobs"]
    out = []
    if dag.kwargs.get("max_active_runs") != 1:
        out.append("max_active_runs must be 1")
    if dag.kwargs.get("catchup") is not True:
        out.append("catchup must be on (every job is idempotent per date)")
    defaults = dag.kwargs.get("default_args", {})
    if not defaults.get("retries") or not defaults.get("retry_exponential_backoff"):
        out.append("default_args need retries with exponential back-off")
    if [t for t in dag.tasks] != [j["name"] for j in jobs]:
        out.append(f"tasks {list(dag.tasks)} are not the pipeline's jobs {[j['name'] for j in jobs]}")
    for j in jobs:
        task = dag.tasks.get(j["name"])
        if task is None:
            continue
        args = task.kwargs.get("application_args", [])
        if task.kwargs.get("java_class") != j["class"]:
            out.append(f"{j['name']}: class {task.kwargs.get('java_class')} is not {j['class']}")
        if args[:2] != ["--date", "{{ ds }}"] or "--env" not in args:
            out.append(f"{j['name']}: arguments {args} must start with --date {{{{ ds }}}} and name --env")
        if task.upstream != set(j["depends_on"]):
            out.append(f"{j['name']}: upstream {sorted(task.upstream)} is not {sorted(j['depends_on'])}")
        if not task.kwargs.get("execution_timeout"):
            out.append(f"{j['name']}: no execution_timeout")
    # the pool: as this environment sets it, unset, and set to a probe name
    out += pool_problems(dag, os.environ.get(POOL_ENV) or "default_pool", f"{POOL_ENV} as set here")
    out += pool_problems(load_dag({POOL_ENV: None}), "default_pool", f"{POOL_ENV} unset")
    out += pool_problems(load_dag({POOL_ENV: PROBE_POOL}), PROBE_POOL, f"{POOL_ENV}={PROBE_POOL}")
    return out, dag


if __name__ == "__main__":
    found, dag = problems()
    for p in found:
        print("DAG check: " + p)
    if not found:
        print(f"DAG check: {dag.dag_id} ok, {len(dag.tasks)} tasks match conf/pipeline.json")
    sys.exit(1 if found else 0)
