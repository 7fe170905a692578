import tensorflow as tf


@tf.function
def every_call(x):
    v = tf.Variable(2.0, name="v")  # a new variable each time the function is traced
    return x * v


try:
    every_call(tf.constant(1.0))
except ValueError as e:
    # The message's last line names the error; the lines before it show where, in your code.
    print(str(e).strip().splitlines()[-1].strip())
    #> ValueError: tf.function only supports singleton tf.Variables created on the first call. Make sure the tf.Variable is only created once or created outside tf.function. See https://www.tensorflow.org/guide/function#creating_tfvariables for more information.


class Scale(tf.Module):
    def __init__(self):
        super().__init__(name="scale")
        self.v = None

    @tf.function
    def __call__(self, x):
        if self.v is None:  # created on the first call only
            self.v = tf.Variable(2.0, name="v")
        return x * self.v


scale = Scale()
print(scale(tf.constant(1.0)).numpy(), scale(tf.constant(3.0)).numpy(), scale.v.name)
#> 2.0 6.0 v:0
