# tf2-only: eager by default is TensorFlow 2; 1.15.5 builds a graph and raises at once
import tensorflow as tf

# Run eagerly, a compat.v1 scope's name is not checked: the space stays in the variable's name.
with tf.compat.v1.variable_scope("mmd loss"):
    w = tf.Variable(1.0, name="w")
print(w.name)
#> mmd loss/w:0


# The same scope in a tf.function, which builds a graph, raises.
@tf.function
def double():
    with tf.compat.v1.variable_scope("mmd loss"):
        return w * 2.0


try:
    double()
except ValueError as e:  # its message quotes the ValueError raised in the function
    print(next(line.strip() for line in str(e).splitlines() if "not a valid" in line))
    #> ValueError: 'mmd loss' is not a valid root scope name. A root scope name has to match the following pattern: ^[A-Za-z0-9.][A-Za-z0-9_.\\/>-]*$
