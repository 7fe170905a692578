import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph = tf.get_default_graph()
with tf.variable_scope("encoder") as encoder:
    pass

# Entered again with the scope object, it opens encoder_1/, but the object that `as` gives
# still names the first name scope.
with tf.variable_scope(encoder) as again:
    print(repr(again.original_name_scope), repr(graph.get_name_scope()), tf.constant(1, name="c").name)
    #> 'encoder/' 'encoder_1' encoder_1/c:0
# Entered again by its name, the new object names the name scope it opened.
with tf.variable_scope("encoder") as by_name:
    print(repr(by_name.original_name_scope), repr(graph.get_name_scope()))
    #> 'encoder_2/' 'encoder_2'
