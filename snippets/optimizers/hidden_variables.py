import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

def made_by(build):
    """The variables that build() adds to the graph."""
    before = set(tf.global_variables())
    build()
    return [var.name for var in tf.global_variables() if var not in before]


with tf.variable_scope("conv1"):
    w = tf.get_variable("weights", shape=[2])
loss = tf.reduce_sum(tf.square(w))

print("GradientDescent:", made_by(lambda: tf.train.GradientDescentOptimizer(0.1).minimize(loss)))
#> GradientDescent: []
print("Momentum:", made_by(lambda: tf.train.MomentumOptimizer(0.1, 0.9).minimize(loss)))
#> Momentum: ['conv1/weights/Momentum:0']
print("Adam:", made_by(lambda: tf.train.AdamOptimizer().minimize(loss)))
#> Adam: ['beta1_power:0', 'beta2_power:0', 'conv1/weights/Adam:0', 'conv1/weights/Adam_1:0']
print("moving averages:", made_by(lambda: tf.train.ExponentialMovingAverage(0.99).apply([w, loss])))
#> moving averages: ['conv1/weights/ExponentialMovingAverage:0', 'Sum/ExponentialMovingAverage:0']
print("global step:", made_by(tf.train.get_or_create_global_step))
#> global step: ['global_step:0']
