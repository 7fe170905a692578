import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# A space is not allowed in a scope name, at the root or inside another scope.
for name in ["mmd loss", "outer"]:
    try:
        with tf.variable_scope(name):
            with tf.name_scope("inner scope"):
                pass
    except ValueError as e:
        print(type(e).__name__ + ":", str(e))
        #> ValueError: 'mmd loss' is not a valid root scope name. A root scope name has to match the following pattern: ^[A-Za-z0-9.][A-Za-z0-9_.\\/>-]*$
        #> ValueError: 'inner scope' is not a valid scope name. A scope name has to match the following pattern: ^[A-Za-z0-9_.\\/>-]*$

# The fix: '_' for the space.
with tf.variable_scope("mmd_loss"):
    w = tf.get_variable("w", shape=[1])
print(w.op.name)
#> mmd_loss/w
