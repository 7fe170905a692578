import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# A new scope needs a name or a default_name; a scope to reuse needs the name it was made with.
with tf.variable_scope(None, default_name="layer") as layer:
    w = tf.get_variable("w", shape=[])
with tf.variable_scope(layer.name, reuse=True):
    print(tf.get_variable("w", shape=[]) is w, w.name)
    #> True layer/w:0
