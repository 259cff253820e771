"""The cxlake nightly DAG: one SparkSubmitOperator task per job of conf/pipeline.json, in its dependency order.

The job list, classes and dependencies are read from conf/pipeline.json, the definition bin/cxlake runs, so the
two cannot drift. Parsing this file does no work beyond reading that small JSON file: no Spark, no connections.

Every job is idempotent for its run date ({{ ds }}), so retries, clears and back-fills (catchup) are safe;
max_active_runs=1 keeps nights in order (a night's models and profiles read earlier nights' tables).

Settings (Airflow Variables, with defaults):
  cxlake_jar       the cluster jar (jobs/target/cxlake-jobs-*-cluster.jar), e.g. s3a://cx-artifacts/cxlake-jobs.jar
  cxlake_env       the conf/ environment the jobs load (default: cluster)
Environment of the scheduler (read when the file is parsed):
  CXLAKE_SPARK_CONN_ID  the Spark connection (default: spark_default)
  CXLAKE_AIRFLOW_POOL   the Airflow pool every task runs in (default: default_pool). On S3 with Delta's default log
                        store, a pool with 1 slot keeps one writer per Delta table at a time (see airflow/README.md)
  CXLAKE_PIPELINE       path of pipeline.json (default: ../../conf/pipeline.json from this file)
"""
import json
import os
from datetime import datetime, timedelta

from airflow import DAG
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

HERE = os.path.dirname(os.path.abspath(__file__))
SPARK_CONN_ID = os.environ.get("CXLAKE_SPARK_CONN_ID", "spark_default")
# unset or empty: Airflow's default_pool, i.e. no change; the pool itself must exist (airflow pools set ...)
POOL = os.environ.get("CXLAKE_AIRFLOW_POOL") or "default_pool"
PIPELINE = os.environ.get("CXLAKE_PIPELINE", os.path.join(HERE, "..", "..", "conf", "pipeline.json"))

# Per-job limits: the text job runs CoreNLP and is the long one; everything else is minutes.
TIMEOUTS = {"text": timedelta(hours=3)}
DEFAULT_TIMEOUT = timedelta(hours=1)

DEFAULT_ARGS = {
    "owner": "cx-data",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
    "retry_exponential_backoff": True,
    "max_retry_delay": timedelta(hours=1),
    "depends_on_past": False,
}


def load_pipeline(path=PIPELINE):
    """The jobs of the pipeline definition, in file order: [{"name", "class", "depends_on"}]."""
    with open(path, encoding="utf-8") as f:
        return json.load(f)["jobs"]


def job_arguments(env):
    """The arguments every job's main takes: the run date from Airflow, never from the clock."""
    return ["--date", "{{ ds }}", "--env", env]


with DAG(
    dag_id="cxlake_nightly",
    description="Contact-centre insight lakehouse: the nightly chain of conf/pipeline.json",
    schedule="30 1 * * *",
    start_date=datetime(2026, 11, 16),
    catchup=True,
    max_active_runs=1,
    dagrun_timeout=timedelta(hours=8),
    default_args=DEFAULT_ARGS,
    tags=["cxlake"],
) as dag:
    # Variables are read when a task runs (the templates below), never when the file is parsed
    tasks = {}
    jobs = load_pipeline()
    for job in jobs:
        tasks[job["name"]] = SparkSubmitOperator(
            task_id=job["name"],
            application="{{ var.value.get('cxlake_jar', 'cxlake-jobs-cluster.jar') }}",
            java_class=job["class"],
            application_args=job_arguments("{{ var.value.get('cxlake_env', 'cluster') }}"),
            conn_id=SPARK_CONN_ID,
            pool=POOL,
            name="cxlake-" + job["name"] + "-{{ ds }}",
            execution_timeout=TIMEOUTS.get(job["name"], DEFAULT_TIMEOUT),
        )
    for job in jobs:
        for upstream in job["depends_on"]:
            tasks[upstream] >> tasks[job["name"]]
