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
