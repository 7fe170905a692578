import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("a"):
    with tf.variable_scope("b") as b:
        pass
print(b.name, b.original_name_scope)
#> a/b a/b/

# Entered again by the object, the variables go back to a/b; the ops go to a name scope named
# after the last part of its name, "b", made unique under the current name scope.
with tf.variable_scope(b):
    print(tf.get_variable("w", shape=[]).name, tf.add(1, 2, name="op").name)
    #> a/b/w:0 b/op:0
with tf.variable_scope(b):
    print(tf.get_variable("w2", shape=[]).name, tf.add(1, 2, name="op").name)
    #> a/b/w2:0 b_1/op:0
with tf.variable_scope("other"):
    with tf.variable_scope(b):
        print(tf.get_variable("w3", shape=[]).name, tf.add(1, 2, name="op").name)
        #> a/b/w3:0 other/b/op:0
