import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"  # tf.keras as Keras 2: the tf-keras package

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, [None, 3], name="x")
bn = tf.keras.layers.BatchNormalization()
y = tf.layers.dense(bn(x, training=True), 1)
loss = tf.reduce_mean(tf.square(y))

# A Keras layer puts its update ops in no collection: UPDATE_OPS stays empty ...
print("UPDATE_OPS:", len(tf.get_collection(tf.GraphKeys.UPDATE_OPS)), "| bn.updates:", len(bn.updates))
#> UPDATE_OPS: 0 | bn.updates: 2
with tf.control_dependencies(tf.get_collection(tf.GraphKeys.UPDATE_OPS)):
    step = tf.train.AdamOptimizer(0.1).minimize(loss)
# ... the layer keeps them in its updates.
with tf.control_dependencies(bn.updates):
    step_with_updates = tf.train.AdamOptimizer(0.1).minimize(loss)

feed = {x: [[1.0, 1.0, 1.0], [3.0, 3.0, 3.0]]}
for name, train in [("UPDATE_OPS", step), ("bn.updates", step_with_updates)]:
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        sess.run(train, feed)
        print(f"moving mean after a step with {name}: {sess.run(bn.moving_mean)[0]:.3f}")
        #> moving mean after a step with UPDATE_OPS: 0.000
        #> moving mean after a step with bn.updates: 0.020
