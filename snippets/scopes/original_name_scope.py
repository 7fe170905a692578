import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("my_scope") as my_scope:
    print(repr(my_scope.name), repr(my_scope.original_name_scope))
    #> 'my_scope' 'my_scope/'

with tf.variable_scope(my_scope):
    print(tf.add(1, 2, name="op").name)  # a new name scope: my_scope_1/
    #> my_scope_1/op:0

# Entered again by its name, the scope is a new object, which remembers a name scope of its own.
with tf.variable_scope("my_scope") as by_name:
    print(repr(by_name.original_name_scope), "| the captured one:", repr(my_scope.original_name_scope))
    #> 'my_scope_2/' | the captured one: 'my_scope/'

# To put ops in the scope's first name scope, enter original_name_scope as a name_scope.
with tf.variable_scope(my_scope), tf.name_scope(my_scope.original_name_scope):
    print(tf.add(1, 2, name="op").name, tf.get_variable("w", shape=[]).name)
    #> my_scope/op:0 my_scope/w:0
