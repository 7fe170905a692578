import os
import tempfile

import tensorflow as tf


class Dense(tf.Module):
    """The Keras-3-proof way: the variables are attributes, made once, in __init__."""

    def __init__(self, in_units, units, name=None):
        super().__init__(name=name)
        with self.name_scope:  # only for the variables' names: checkpoints do not use them
            self.kernel = tf.Variable(tf.ones([in_units, units]), name="kernel")
            self.bias = tf.Variable(tf.zeros([units]), name="bias")

    def __call__(self, x):
        return tf.matmul(x, self.kernel) + self.bias


class Net(tf.Module):
    def __init__(self):
        super().__init__(name="net")
        self.fc = Dense(3, 2, name="fc")

    def __call__(self, x):
        return self.fc(x)


net = Net()
print(net(tf.ones([1, 3])).numpy(), [v.name for v in net.trainable_variables])
#> [[3. 3.]] ['fc/bias:0', 'fc/kernel:0']

with tempfile.TemporaryDirectory() as folder:
    path = tf.train.Checkpoint(model=net).write(os.path.join(folder, "ckpt"))
    for name, shape in tf.train.list_variables(path):
        print(name, shape)
        #> _CHECKPOINTABLE_OBJECT_GRAPH []
        #> model/fc/bias/.ATTRIBUTES/VARIABLE_VALUE [2]
        #> model/fc/kernel/.ATTRIBUTES/VARIABLE_VALUE [3, 2]
