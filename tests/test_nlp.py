import numpy
from thinc.api import NumpyOps
from threadpoolctl import threadpool_info

from pipeline.nlp import BLAS_THREADS, MATRIX_OPS, MODEL_EXCLUDE


def test_the_model_runs_on_numpys_blas_with_one_thread(nlp):
    """Every trained layer of the kept components multiplies through numpy, not blis; BLAS is
    held to one thread, the worker processes being the parallelism."""
    assert MATRIX_OPS == {"name": "numpy", "use_blis": False}
    for name in ("tok2vec", "morphologizer", "senter"):
        layers = list(nlp.get_pipe(name).model.walk())
        assert all(isinstance(layer.ops, NumpyOps) and not layer.ops.use_blis for layer in layers), name
    blas = [pool for pool in threadpool_info() if pool["user_api"] == "blas"]
    assert blas and all(pool["num_threads"] == BLAS_THREADS for pool in blas)


def test_the_ops_give_what_blis_gives():
    """The products the model does, on both libraries: equal to float32 rounding."""
    rng = numpy.random.default_rng(7)
    a, b = rng.random((300, 96), dtype="float32"), rng.random((96, 288), dtype="float32")
    numpy.testing.assert_allclose(
        NumpyOps(use_blis=False).gemm(a, b), NumpyOps(use_blis=True).gemm(a, b), rtol=1e-5
    )


def test_components_no_rule_needs_are_not_loaded(nlp):
    assert not set(MODEL_EXCLUDE) & set(nlp.component_names)
    assert "senter" in nlp.pipe_names and "parser" not in nlp.component_names
