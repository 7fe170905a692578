import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def model(x):
    with tf.variable_scope("conv1"):
        w = tf.get_variable("weights", shape=[2, 1])
    return tf.matmul(x, w)


x = tf.placeholder(tf.float32, shape=[None, 2])

# Entering the current scope again opens a scope of its own: reuse_variables() ends with it.
with tf.variable_scope(tf.get_variable_scope()) as scope:
    y1 = model(x)
    scope.reuse_variables()
    y2 = model(x)
print("reuse after the block:", tf.get_variable_scope().reuse)
#> reuse after the block: False

tf.train.AdamOptimizer().minimize(tf.reduce_sum(y1 + y2))
print(sorted(v.name for v in tf.global_variables()))
#> ['beta1_power:0', 'beta2_power:0', 'conv1/weights/Adam:0', 'conv1/weights/Adam_1:0', 'conv1/weights:0']
