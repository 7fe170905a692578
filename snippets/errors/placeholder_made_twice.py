import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=[None, 3], name="x")
y = x * 2
# The cell that makes the placeholder is run again: the Python name x is now another placeholder,
# x_1, and y still depends on the first one, which the feed_dict below does not feed.
x = tf.placeholder(tf.float32, shape=[None, 3], name="x")
print("fed:", x.name, "| y depends on:", y.op.inputs[0].name)
#> fed: x_1:0 | y depends on: x:0
with tf.Session() as sess:
    try:
        sess.run(y, feed_dict={x: np.ones([1, 3])})
    except tf.errors.InvalidArgumentError as e:
        cause = next(line for line in e.message.splitlines() if "must feed" in line)
        print(type(e).__name__ + ":", cause)
        #> InvalidArgumentError: You must feed a value for placeholder tensor 'x' with dtype float and shape [?,3]

# The fix: build the graph again from its start (tf.reset_default_graph() in a notebook), so that
# the placeholder fed is the one the ops were built on.
tf.reset_default_graph()
x = tf.placeholder(tf.float32, shape=[None, 3], name="x")
y = x * 2
with tf.Session() as sess:
    print(str(sess.run(y, feed_dict={x: np.ones([1, 3])})))
    #> [[2. 2. 2.]]
