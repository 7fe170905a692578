import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def model(x):
    w = tf.get_variable("w", shape=[], initializer=tf.constant_initializer(1.0))
    return x * w


x = tf.constant(2.0)
with tf.variable_scope("model"):
    y = model(x)
weights = tf.trainable_variables("model/")

# A stand-in for a training step (w += 1), then the moving averages of the weights.
ema = tf.train.ExponentialMovingAverage(decay=0.5)
with tf.control_dependencies([tf.assign_add(weights[0], 1.0)]):
    train_step = ema.apply(weights)


def use_average(getter, name, *args, **kwargs):
    return ema.average(getter(name, *args, **kwargs))


# The same model, reusing the weights, but reading their averages.
with tf.variable_scope("model", reuse=True, custom_getter=use_average):
    y_eval = model(x)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    for _ in range(2):
        sess.run(train_step)
        w, w_average, out, out_eval = sess.run([weights[0], ema.average(weights[0]), y, y_eval])
        print(f"w={w} average={w_average} y={out} y_eval={out_eval}")
        #> w=2.0 average=1.5 y=4.0 y_eval=3.0
        #> w=3.0 average=2.25 y=6.0 y_eval=4.5

# A Saver can instead load the averages into the variables themselves.
print({name: v.op.name for name, v in ema.variables_to_restore().items()})
#> {'model/w/ExponentialMovingAverage': 'model/w'}
