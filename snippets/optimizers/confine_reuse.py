import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def model(x, reuse=False):
    with tf.variable_scope("conv1", reuse=reuse):
        w = tf.get_variable("weights", shape=[2], initializer=tf.ones_initializer())
    return tf.reduce_sum(tf.square(w * x))


# Re-enter the current variable scope: reuse_variables() then lasts to the end of this block only.
with tf.variable_scope(tf.get_variable_scope()):
    loss_a = model(tf.constant([1.0, 2.0]))
    tf.get_variable_scope().reuse_variables()
    loss_b = model(tf.constant([3.0, 4.0]))  # shares conv1/weights
print("root scope reuses after the block:", tf.get_variable_scope().reuse)
#> root scope reuses after the block: False

# Or pass reuse to the model's own scope: it ends with that scope.
loss_c = model(tf.constant([5.0, 6.0]), reuse=True)
print("root scope reuses after the call:", tf.get_variable_scope().reuse)
#> root scope reuses after the call: False
print("the model's variables:", [var.name for var in tf.trainable_variables()])
#> the model's variables: ['conv1/weights:0']

model_vars = set(tf.global_variables())
train = tf.train.AdamOptimizer(0.1).minimize(loss_a + loss_b + loss_c)
print("Adam made:", [var.name for var in tf.global_variables() if var not in model_vars])
#> Adam made: ['beta1_power:0', 'beta2_power:0', 'conv1/weights/Adam:0', 'conv1/weights/Adam_1:0']
