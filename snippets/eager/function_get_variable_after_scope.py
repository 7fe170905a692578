import tensorflow as tf

# Eagerly, the variable scopes are made with reuse=AUTO_REUSE, the root scope included.
print(str(tf.compat.v1.get_variable_scope().reuse))
#> _ReuseMode.AUTO_REUSE


@tf.function
def without_reuse(x):
    w = tf.compat.v1.get_variable("w", shape=[], initializer=tf.compat.v1.ones_initializer())
    return x * w


# The function that raises when it is the first use of variable scopes now works, and shares.
print(without_reuse(tf.constant(2.0)).numpy(), without_reuse(tf.constant(3.0)).numpy())
#> 2.0 3.0
print([v.name for v in without_reuse.get_concrete_function(tf.constant(1.0)).graph.variables])
#> ['w:0']
