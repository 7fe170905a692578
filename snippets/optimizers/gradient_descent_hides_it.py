import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("conv1"):
    w = tf.get_variable("weights", shape=[2])
tf.get_variable_scope().reuse_variables()  # the bug: reuse on the root scope
loss = tf.reduce_sum(tf.square(w))

train = tf.train.GradientDescentOptimizer(0.1).minimize(loss)  # no error: it makes no variable
print("root scope reuses:", tf.get_variable_scope().reuse)
#> root scope reuses: True
try:
    with tf.variable_scope("fc"):  # the next layer, added later
        tf.get_variable("weights", shape=[2, 1])
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Variable fc/weights does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?
try:
    tf.train.ExponentialMovingAverage(0.9).apply([loss])  # a moving average of the loss
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Variable Sum/ExponentialMovingAverage/ does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?
