import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph = tf.get_default_graph()
with tf.name_scope("outer"):
    with tf.variable_scope("model") as scope:
        # The current name scope, without its trailing "/":
        print(repr(graph.get_name_scope()))
        #> 'outer/model'
        # The current variable scope's name, and the name scope it opened:
        print(repr(tf.get_variable_scope().name), repr(scope.original_name_scope))
        #> 'model' 'outer/model/'
        with tf.name_scope("block") as block:
            print(repr(block), repr(graph.get_name_scope()), repr(tf.get_variable_scope().name))
            #> 'outer/model/block/' 'outer/model/block' 'model'
print(repr(graph.get_name_scope()), repr(tf.get_variable_scope().name))
#> '' ''
# Inside tf.name_scope(None) or tf.name_scope(""), which go back to the top:
with tf.name_scope("outer"):
    with tf.name_scope(None):
        top_none = graph.get_name_scope()
    with tf.name_scope(""):
        top_empty = graph.get_name_scope()
print(repr(top_none), repr(top_empty))
#> '' ''
