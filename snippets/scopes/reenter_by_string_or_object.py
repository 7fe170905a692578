import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("my_scope") as my_scope:
    print(tf.get_variable("a", shape=[]).name, tf.add(1, 2, name="op").name)
    #> my_scope/a:0 my_scope/op:0

# Re-entered by its name: the same variable scope, but a new name scope for ops.
with tf.variable_scope("my_scope"):
    print(tf.get_variable("b", shape=[]).name, tf.add(1, 2, name="op").name)
    #> my_scope/b:0 my_scope_1/op:0

# Re-entered by the captured scope object: the same again.
with tf.variable_scope(my_scope):
    print(tf.get_variable("c", shape=[]).name, tf.add(1, 2, name="op").name)
    #> my_scope/c:0 my_scope_2/op:0

# Inside another scope the two differ: a name is relative to the current scope, while the
# captured object goes back to where it was made (its ops stay in the current name scope).
with tf.variable_scope("other"):
    with tf.variable_scope("my_scope"):
        print("by the name:  ", tf.get_variable("d", shape=[]).name, tf.add(1, 2, name="op").name)
        #> by the name:   other/my_scope/d:0 other/my_scope/op:0
    with tf.variable_scope(my_scope):
        print("by the object:", tf.get_variable("e", shape=[]).name, tf.add(1, 2, name="op").name)
        #> by the object: my_scope/e:0 other/my_scope_1/op:0

# A name_scope re-entered by its name is a new scope; by the string it returned, the same one.
with tf.name_scope("ns") as ns:
    print(repr(ns), tf.add(1, 2, name="op").name)
    #> 'ns/' ns/op:0
with tf.name_scope("ns"):
    print(tf.add(1, 2, name="op").name)
    #> ns_1/op:0
with tf.name_scope(ns):
    print(tf.add(1, 2, name="op").name)
    #> ns/op_1:0
