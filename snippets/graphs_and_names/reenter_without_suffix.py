import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("encoder") as encoder:
    tf.constant(1, name="first")

# Entered again, a variable scope opens a new name scope: encoder_1/.
with tf.variable_scope(encoder):
    print(tf.constant(1, name="c").name)
    #> encoder_1/c:0
# auxiliary_name_scope=False opens none: the ops stay in the current name scope;
# the captured scope's original_name_scope puts them back in encoder/.
with tf.variable_scope(encoder, auxiliary_name_scope=False):
    print(tf.constant(1, name="c").name)
    #> c:0
    with tf.name_scope(encoder.original_name_scope):
        print(tf.constant(1, name="c").name, tf.get_variable("k", shape=[]).name)
        #> encoder/c:0 encoder/k:0
# Opened by its name with auxiliary_name_scope=False, the scope knows no name scope of its own.
with tf.name_scope("top"):
    with tf.variable_scope("encoder", auxiliary_name_scope=False) as by_name:
        print(repr(by_name.original_name_scope), tf.constant(1, name="c").name)
        #> 'top/' top/c:0

# A name scope ending in "/" is taken as it is, from inside any other;
# None and "" go back to the top. Neither changes the variable scope.
with tf.name_scope("a"):
    with tf.name_scope("b/"):
        print(tf.constant(1, name="c").name)
        #> b/c:0
    with tf.variable_scope("v"):
        with tf.name_scope(None):
            print(tf.constant(1, name="c").name, tf.get_variable("g", shape=[]).name)
            #> c_1:0 v/g:0
        with tf.name_scope(""):
            print(tf.constant(1, name="c").name)
            #> c_2:0
