import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# At the top level the current variable scope is the root scope, whose name is empty:
# entered again, it opens no name scope, and the ops stay where they are.
for _ in range(2):
    with tf.variable_scope(tf.get_variable_scope()):
        print(tf.constant(1.0, name="c").op.name)
        #> c
        #> c_1
with tf.name_scope("tower_0"):
    with tf.variable_scope(tf.get_variable_scope()):
        print(tf.constant(1.0, name="c").op.name)
        #> tower_0/c

# Inside "a", the scope entered again is "a": its ops go to a name scope named "a" again,
# opened under the current one, a/a/; the variables stay in a/.
with tf.variable_scope("a"):
    for _ in range(2):
        with tf.variable_scope(tf.get_variable_scope()) as scope:
            print(scope.name, tf.constant(1.0, name="c").op.name)
            #> a a/a/c
            #> a a/a_1/c
