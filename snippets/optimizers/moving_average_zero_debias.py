import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def made_by(build):
    """The variables that build() adds to the graph."""
    before = set(tf.global_variables())
    build()
    return [var.name for var in tf.global_variables() if var not in before]


w = tf.get_variable("w", shape=[2])
loss = tf.reduce_sum(tf.square(w), name="loss")

# One variable per value averaged ...
print(made_by(lambda: tf.train.ExponentialMovingAverage(0.99, name="avg").apply([w, loss])))
#> ['w/avg:0', 'loss/avg:0']
# ... but with zero_debias=True, three for a tensor: the average, biased and local_step.
print(made_by(lambda: tf.train.ExponentialMovingAverage(0.99, zero_debias=True, name="debiased").apply([w, loss])))
#> ['w/debiased:0', 'loss/debiased:0', 'loss/debiased/biased:0', 'loss/debiased/local_step:0']
