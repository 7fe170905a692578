import tensorflow as tf


@tf.function
def make_weight(x):
    w = tf.compat.v1.get_variable("w", shape=[], initializer=tf.compat.v1.ones_initializer())
    return x * w


# The caller's variable_scope counts when the function is traced, on its first call.
with tf.compat.v1.variable_scope("outer"):
    make_weight(tf.constant(1.0))
print([v.name for v in make_weight.get_concrete_function(tf.constant(1.0)).graph.variables])
#> ['outer/w:0']

# Called again in another variable scope, with inputs of the same shape: no new trace, so the
# function still uses outer/w, whatever scope the caller is in.
with tf.compat.v1.variable_scope("other"):
    print(make_weight(tf.constant(2.0)).numpy())
    #> 2.0

# Inputs of another shape are traced again, in the caller's scope of now: other/w, a new
# variable, which a tf.function refuses after its first call.
with tf.compat.v1.variable_scope("other"):
    try:
        make_weight(tf.constant([2.0, 3.0]))
    except ValueError as e:
        print(str(e).strip().splitlines()[-1].strip())
        #> ValueError: tf.function only supports singleton tf.Variables created on the first call. Make sure the tf.Variable is only created once or created outside tf.function. See https://www.tensorflow.org/guide/function#creating_tfvariables for more information.
