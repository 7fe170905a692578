import tensorflow.compat.v1 as tf  # TF2 behaviour left on: eager execution

# What the docstring of variable_scope says about reuse when eager execution is on:
doc = " ".join(tf.variable_scope.__init__.__doc__.split())
print(doc[doc.index("When eager"):doc.index("active.") + len("active.")])
#> When eager execution is enabled, new variables are always created unless an EagerVariableStore or template is currently active.
# and what the class's docstring says of track_tf1_style_variables:
doc = " ".join(tf.variable_scope.__doc__.split())
start = doc.index("(though")
print(doc[start:doc.index(")", start) + 1])
#> (though it will behave as if reuse is always set to `AUTO_REUSE`.)


# The docstring's own example of AUTO_REUSE, run eagerly: two variables.
def foo():
    with tf.variable_scope("foo", reuse=tf.AUTO_REUSE):
        v = tf.get_variable("v", [1])
    return v


v1, v2 = foo(), foo()
print(v1 is v2, v1.name, v2.name)
#> False foo/v:0 foo/v:0

# Wrapped in a template, the function shares.
template = tf.make_template("foo_template", foo)
print(template() is template())
#> True
# The EagerVariableStore that the docstring names is not in the public API.
print(hasattr(tf, "EagerVariableStore"))
#> False

# Other TF1 calls that need a graph say so eagerly.
for call in (lambda: tf.train.Saver(), lambda: tf.summary.merge_all(), lambda: v1.op):
    try:
        call()
    except (RuntimeError, AttributeError) as e:
        print(f"{type(e).__name__}: {e}")
        #> RuntimeError: When eager execution is enabled, `var_list` must specify a list or dict of variables to save
        #> RuntimeError: Merging tf.summary.* ops is not compatible with eager execution. Use tf.contrib.summary instead.
        #> AttributeError: Tensor.op is undefined when eager execution is enabled.
