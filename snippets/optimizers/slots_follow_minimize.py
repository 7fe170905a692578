import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def names(variables):
    return sorted(v.name for v in variables)


def model():
    with tf.variable_scope("conv1"):
        return tf.get_variable("weights", shape=[2])


# Where the optimizer is constructed does not matter: made in a reusing scope,
# it creates its slots when minimize is called outside it.
w = model()
with tf.variable_scope("r", reuse=True):
    opt = tf.train.AdamOptimizer()
opt.minimize(tf.reduce_sum(w))
print(names(tf.global_variables()))
#> ['beta1_power:0', 'beta2_power:0', 'conv1/weights/Adam:0', 'conv1/weights/Adam_1:0', 'conv1/weights:0']

# Where minimize is called does: the slots are looked up in that variable scope.
tf.reset_default_graph()
w = model()
opt = tf.train.AdamOptimizer()
try:
    with tf.variable_scope("r", reuse=True):
        opt.minimize(tf.reduce_sum(w))
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Variable r/conv1/weights/Adam/ does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?

# beta1_power and beta2_power are plain tf.Variables: a name scope prefixes them, the slots not.
tf.reset_default_graph()
w = model()
with tf.name_scope("train"):
    tf.train.AdamOptimizer().minimize(tf.reduce_sum(w))
print(names(tf.global_variables()))
#> ['conv1/weights/Adam:0', 'conv1/weights/Adam_1:0', 'conv1/weights:0', 'train/beta1_power:0', 'train/beta2_power:0']

# And they ignore reuse: a second Adam in an AUTO_REUSE scope makes its own, made unique.
tf.reset_default_graph()
w = model()
with tf.variable_scope("t", reuse=tf.AUTO_REUSE):
    tf.train.AdamOptimizer().minimize(tf.reduce_sum(w))
    tf.train.AdamOptimizer().minimize(tf.reduce_sum(w))
print(names(v for v in tf.global_variables() if "power" in v.name))
#> ['t/beta1_power:0', 't/beta1_power_1:0', 't/beta2_power:0', 't/beta2_power_1:0']
