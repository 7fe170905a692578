import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("encoder"):
    w = tf.get_variable("w", shape=[])

# Meant to share encoder/w, but the scope name is misspelt: reuse=True says so ...
with tf.variable_scope("encoer", reuse=True):
    try:
        tf.get_variable("w", shape=[])
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: Variable encoer/w does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?

# ... while tf.AUTO_REUSE silently creates a second variable, which is not shared.
with tf.variable_scope("encoer", reuse=tf.AUTO_REUSE):
    w2 = tf.get_variable("w", shape=[])
print(w2.name, "is encoder/w:", w2 is w)
#> encoer/w:0 is encoder/w: False

# A variable made by tf.Variable is never found by tf.get_variable, whatever the reuse:
with tf.variable_scope("decoder"):
    v = tf.Variable(1.0, name="w")
with tf.variable_scope("decoder", reuse=True):
    try:
        tf.get_variable("w", shape=[])
    except ValueError as e:
        print(type(e).__name__ + ":", str(e).splitlines()[0])
        #> ValueError: Variable decoder/w does not exist, or was not created with tf.get_variable(). Did you mean to set reuse=tf.AUTO_REUSE in VarScope?
with tf.variable_scope("decoder", reuse=tf.AUTO_REUSE):
    v2 = tf.get_variable("w", shape=[])
print(v2.name, "is decoder/w:", v2 is v)
#> decoder/w_1:0 is decoder/w: False

print(len(tf.trainable_variables()), "variables, where two were meant")
#> 4 variables, where two were meant
