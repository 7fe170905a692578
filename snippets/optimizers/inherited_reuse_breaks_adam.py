import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("conv1"):
    w = tf.get_variable("weights", shape=[2])
tf.get_variable_scope().reuse_variables()  # on the root scope: reuse from here on, everywhere
loss = tf.reduce_sum(tf.square(w))

for make in [
    lambda: tf.train.AdamOptimizer().minimize(loss),
    lambda: tf.train.MomentumOptimizer(0.1, 0.9).minimize(loss),
    tf.train.get_or_create_global_step,
]:
    try:
        make()
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: Variable conv1/weights/Adam/ does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?
        #> ValueError: Variable conv1/weights/Momentum/ does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?
        #> ValueError: Variable global_step does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?
