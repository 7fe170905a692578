import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("layer") as layer:
    w = tf.get_variable("w", shape=[])
    layer.reuse_variables()

# reuse_variables() set reuse on the scope object itself: entered again, it still reuses.
with tf.variable_scope(layer) as again:
    print("by the object:", again.reuse)
    #> by the object: True
with tf.variable_scope("layer") as again:
    print("by the name:  ", again.reuse)
    #> by the name:   False

with tf.variable_scope("captured_earlier") as captured_earlier:
    pass
root = tf.get_variable_scope()  # the root scope's own object, captured too

# Called on the root scope, as the source article does, it turns reuse on for all that follows,
# in the whole graph: there is no `with` block for it to end with.
tf.get_variable_scope().reuse_variables()
with tf.variable_scope("new") as new:
    print("a new scope:  ", new.reuse)
    #> a new scope:   True
# Except one opened with reuse=tf.AUTO_REUSE: it keeps AUTO_REUSE, and creates what is missing.
with tf.variable_scope("auto", reuse=tf.AUTO_REUSE) as auto:
    print("an AUTO_REUSE one:", auto.reuse, tf.get_variable("v", shape=[]).name)
    #> an AUTO_REUSE one: _ReuseMode.AUTO_REUSE auto/v:0
# A scope object captured before keeps its own reuse, even entered afterwards.
with tf.variable_scope(captured_earlier) as again:
    print("a captured one:", again.reuse)
    #> a captured one: False
# Not the root scope's own object: the call set reuse on that very object.
with tf.variable_scope(root) as again:
    print("the root object:", again.reuse)
    #> the root object: True
