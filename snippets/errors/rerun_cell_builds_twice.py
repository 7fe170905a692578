import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def cell():
    """A notebook cell that builds the model in the default graph."""
    x = tf.placeholder(tf.float32, [None, 3], name="x")
    with tf.variable_scope("model"):
        w = tf.get_variable("w", shape=[3, 1])
    return tf.matmul(x, w)


y = cell()  # the first run of the cell
try:
    y = cell()  # the same cell, run again: the graph still holds model/w
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: Variable model/w already exists, disallowed. Did you mean to set reuse=True or reuse=tf.AUTO_REUSE in VarScope? Originally defined at:
