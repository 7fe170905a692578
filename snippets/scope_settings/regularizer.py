import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def layer(x):
    w = tf.get_variable("w", initializer=tf.constant([[1.0], [2.0]]))
    # tf.no_regularizer leaves the bias out.
    b = tf.get_variable("b", shape=[1], initializer=tf.zeros_initializer(), regularizer=tf.no_regularizer)
    s = tf.get_variable("s", initializer=1.0, regularizer=None)  # None: the scope's
    tf.Variable(1.0, name="v")  # tf.Variable does not look at the scope's regularizer
    return tf.matmul(x, w) * s + b


def l2(weights):
    return 0.5 * tf.reduce_sum(weights * weights)  # what tf.nn.l2_loss computes


x = tf.constant([[1.0, 1.0]])
with tf.variable_scope("net", regularizer=l2):  # for every variable get_variable creates in it
    y = layer(x)
with tf.variable_scope("net", reuse=True):  # get_variable creates nothing here: no new penalty
    layer(x)
loss = tf.reduce_sum(tf.square(y - 1.0))  # a loss built by hand: no penalty in it

# The penalties go into a collection; a loss you build does not include them.
print([t.op.name for t in tf.get_collection(tf.GraphKeys.REGULARIZATION_LOSSES)])
#> ['net/w/Regularizer/mul_1', 'net/s/Regularizer/mul_1']
total = loss + tf.losses.get_regularization_loss()
# tf.losses.get_total_loss() adds them to the losses that the tf.losses functions collected.
tf.losses.mean_squared_error(tf.ones_like(y), y)  # the same loss, put in the collection LOSSES
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print("loss:", sess.run(loss), "| with the penalty:", sess.run(total), "| get_total_loss():", sess.run(tf.losses.get_total_loss()))
    #> loss: 4.0 | with the penalty: 7.0 | get_total_loss(): 7.0
