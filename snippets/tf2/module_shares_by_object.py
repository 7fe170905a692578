import tensorflow as tf


class Scale(tf.Module):
    """Holds its variable: every call of the same object uses it."""

    def __init__(self, name=None):
        super().__init__(name=name)
        self.w = tf.Variable(2.0, name="w")

    def __call__(self, x):
        return x * self.w


scale = Scale(name="scale")
print(scale(tf.constant(1.0)).numpy(), scale(tf.constant(3.0)).numpy())
#> 2.0 6.0
print([var.name for var in scale.trainable_variables])
#> ['w:0']

# A second object is a second variable, as a second tf.Variable() call would be.
print(len(Scale().trainable_variables + scale.trainable_variables))
#> 2
