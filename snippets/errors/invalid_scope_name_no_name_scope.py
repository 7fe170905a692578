import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# With auxiliary_name_scope=False the scope opens no name scope, and its name is not checked on entry:
# an op made in it goes to the current name scope; tf.get_variable raises, naming the variable.
with tf.variable_scope("outer"):
    with tf.variable_scope("mmd loss", auxiliary_name_scope=False):
        print(tf.constant(1.0, name="c").name)
        #> outer/c:0
        try:
            tf.get_variable("w", shape=[1])
        except ValueError as e:
            print(type(e).__name__ + ":", str(e))
            #> ValueError: 'outer/mmd loss/w' is not a valid root scope name. A root scope name has to match the following pattern: ^[A-Za-z0-9.][A-Za-z0-9_.\\/>-]*$
