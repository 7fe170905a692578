import tensorflow as tf

seen = []


class Layer(tf.Module):
    def __init__(self):
        super().__init__(name="layer")
        self.v = None

    @tf.function
    def __call__(self, x):
        seen.append(tf.compat.v1.get_default_graph().get_name_scope())  # the scope at the start
        with tf.name_scope("inner"):
            if self.v is None:
                self.v = tf.Variable(2.0, name="v")
            y = tf.multiply(x, self.v, name="y")
        seen.append(y.name)
        return y


layer = Layer()
with tf.name_scope("outer"):  # the caller's name_scope does not reach into the function
    layer(tf.constant(1.0))
print(seen)
#> ['', 'inner/y:0', '', 'inner/y:0']
print(layer.v.name)
#> inner/v:0


@tf.function
def make_weight(x):
    with tf.name_scope("inner"):
        w = tf.compat.v1.get_variable("w", shape=[], initializer=tf.compat.v1.ones_initializer())
        y = tf.multiply(x, w, name="y")
    seen.append((w.name, y.name))
    return y


seen.clear()
# The caller's variable_scope does reach in, for tf.compat.v1.get_variable (not for op names).
with tf.compat.v1.variable_scope("outer"):
    make_weight(tf.constant(1.0))
print(seen[-1])
#> ('outer/w:0', 'inner/y:0')
