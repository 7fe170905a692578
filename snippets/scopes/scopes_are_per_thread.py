import threading

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph = tf.get_default_graph()

with tf.variable_scope(None, default_name="layer") as layer:
    tf.get_variable("v", shape=[])
print("in the main thread, default_name:", layer.name)
#> in the main thread, default_name: layer


def in_a_thread():
    # A new thread starts outside every scope, even on the same graph.
    with graph.as_default():
        print("in the thread, scope:", repr(tf.get_variable_scope().name))
        #> in the thread, scope: ''
        print("in the thread, op:", tf.add(1, 2, name="op").name)
        #> in the thread, op: op:0
        print("in the thread, made:", tf.get_variable("w", shape=[]).name)
        #> in the thread, made: w:0
        # The count of default_name scopes is per thread too: "layer" again, which exists.
        try:
            with tf.variable_scope(None, default_name="layer"):
                tf.get_variable("v", shape=[])
        except ValueError as e:
            print("in the thread, default_name:", str(e).split(", disallowed")[0])
            #> in the thread, default_name: Variable layer/v already exists


with tf.variable_scope("main_scope"), tf.name_scope("main_ops"):
    thread = threading.Thread(target=in_a_thread)
    thread.start()
    thread.join()
    print("in the main thread, scope:", repr(tf.get_variable_scope().name))
    #> in the main thread, scope: 'main_scope'
    print("in the main thread, op:", tf.add(1, 2, name="op").name)
    #> in the main thread, op: main_scope/main_ops/op:0
    # Scopes belong to a graph too: a new graph starts outside every scope, in this thread too.
    with tf.Graph().as_default():
        print("in a new graph, scope:", repr(tf.get_variable_scope().name))
        #> in a new graph, scope: ''
        print("in a new graph, op:", tf.add(1, 2, name="op").name)
        #> in a new graph, op: op:0

# The variable store belongs to the graph: the main thread finds the thread's variable.
with tf.variable_scope("", reuse=True):
    print("reused in the main thread:", tf.get_variable("w", shape=[]).name)
    #> reused in the main thread: w:0
