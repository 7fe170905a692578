import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def cell():
    """The cell, starting from an empty default graph."""
    tf.reset_default_graph()
    x = tf.placeholder(tf.float32, [None, 3], name="x")
    with tf.variable_scope("model"):
        w = tf.get_variable("w", shape=[3, 1])
    return tf.matmul(x, w)


def cell_in_its_own_graph():
    """Or the cell, building a graph of its own."""
    with tf.Graph().as_default() as graph:
        x = tf.placeholder(tf.float32, [None, 3], name="x")
        with tf.variable_scope("model"):
            w = tf.get_variable("w", shape=[3, 1])
        return graph, tf.matmul(x, w)


for run in range(2):
    y = cell()
    print(y.name, [var.name for var in tf.global_variables()])
    #> MatMul:0 ['model/w:0']
    #> MatMul:0 ['model/w:0']
for run in range(2):
    graph, y = cell_in_its_own_graph()
    with graph.as_default():
        print(y.name, [var.name for var in tf.global_variables()])
        #> MatMul:0 ['model/w:0']
        #> MatMul:0 ['model/w:0']
