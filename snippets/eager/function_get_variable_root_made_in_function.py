import tensorflow as tf


# The program's first use of variable scopes is a tf.function under AUTO_REUSE: it works.
@tf.function
def auto_reuse(x):
    with tf.compat.v1.variable_scope("vs", reuse=tf.compat.v1.AUTO_REUSE):
        w = tf.compat.v1.get_variable("w", shape=[], initializer=tf.compat.v1.ones_initializer())
    return x * w


print(auto_reuse(tf.constant(2.0)).numpy())
#> 2.0

# But it made the root scope while tracing, in a graph, with reuse off; an eager call now
# returns that root scope, which stays so.
print(str(tf.compat.v1.get_variable_scope().reuse))
#> False


@tf.function
def without_reuse(x):
    w = tf.compat.v1.get_variable("w", shape=[], initializer=tf.compat.v1.ones_initializer())
    return x * w


# So a function without reuse raises, though it is not the first use of variable scopes.
try:
    without_reuse(tf.constant(1.0))
except AttributeError as e:
    print("AttributeError:", str(e).strip().splitlines()[-1].strip().replace("AttributeError: ", ""))
    #> AttributeError: Tensor.op is undefined when eager execution is enabled.
