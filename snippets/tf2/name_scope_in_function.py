import tensorflow as tf


# Eager ops have no names; inside a tf.function the ops of its graph do, and name_scope sets them.
@tf.function
def double(x):
    with tf.name_scope("my_scope"):
        return tf.multiply(x, 2.0, name="y")


graph = double.get_concrete_function(tf.TensorSpec(shape=[], dtype=tf.float32)).graph
print([op.name for op in graph.get_operations()])
#> ['x', 'my_scope/y/y', 'my_scope/y', 'Identity']

# Variables still take the name_scope into their names.
with tf.name_scope("my_scope"):
    v = tf.Variable(1.0, name="v")
print(v.name)
#> my_scope/v:0

# A tf.Module opens its own name_scope.
module = tf.Module(name="layer")
with module.name_scope:
    print(tf.Variable(1.0, name="w").name)
    #> layer/w:0
