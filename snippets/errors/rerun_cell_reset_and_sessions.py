import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def cell():
    """The cell that builds the model, starting from an empty default graph."""
    tf.reset_default_graph()
    x = tf.placeholder(tf.float32, [None, 3], name="x")
    with tf.variable_scope("model"):
        w = tf.get_variable("w", shape=[3, 1], initializer=tf.ones_initializer())
    return x, tf.matmul(x, w)


# A session made in another cell belongs to the graph of its time: once the cell has run again,
# the new tensors are not in that graph.
x, y = cell()
sess = tf.Session()  # the next cell
x, y = cell()  # the first cell, run again
try:
    sess.run(y, feed_dict={x: [[1.0, 2.0, 3.0]]})
except (TypeError, ValueError) as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0].split(": ", 1)[1])
    #> TypeError: Tensor Tensor("x:0", shape=(?, 3), dtype=float32) is not an element of this graph.
sess.close()

# Inside a with block of a session or of a graph, the reset itself raises.
with tf.Session():
    try:
        cell()
    except AssertionError as e:
        print(type(e).__name__ + ":", str(e))
        #> AssertionError: Do not use tf.reset_default_graph() to clear nested graphs. If you need a cleared graph, exit the nesting and create a new graph.

# The fix: the session made after the reset, in the same cell.
x, y = cell()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print(sess.run(y, feed_dict={x: [[1.0, 2.0, 3.0]]}).tolist())
    #> [[6.0]]
