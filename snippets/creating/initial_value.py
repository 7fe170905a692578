import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

tf.set_random_seed(0)

# A placeholder holds no value: one is fed each time the graph runs.
p = tf.placeholder(tf.int32, shape=[2], name="p")

# tf.Variable takes its initial value when it is constructed, and cannot do without one.
try:
    tf.Variable(name="v")
except ValueError as e:
    print(type(e).__name__ + ":", str(e).splitlines()[0])
    #> ValueError: initial_value must be specified.
v = tf.Variable([1, 2], name="v")

# tf.get_variable needs only a shape: the default initializer fills it in.
n = tf.get_variable("n", shape=[2], dtype=tf.int32)  # not a float: zeros
w = tf.get_variable("w", shape=[2])  # a float: Glorot uniform, within ±sqrt(6 / (2 + 2))
c = tf.get_variable("c", initializer=tf.constant([5, 6]))  # the shape comes from the value
print("w is made by:", w.initial_value.op.name)
#> w is made by: w/Initializer/random_uniform

# A variable scope can set the default initializer of the variables made in it.
with tf.variable_scope("ones", initializer=tf.ones_initializer()):
    o = tf.get_variable("o", shape=[2])

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print("p fed with [3, 4]:", str(sess.run(p, feed_dict={p: [3, 4]})))
    #> p fed with [3, 4]: [3 4]
    print("v:", str(sess.run(v)))
    #> v: [1 2]
    print("n:", str(sess.run(n)))
    #> n: [0 0]
    print("w:", str(sess.run(w)), "| within the Glorot limit:", bool(abs(sess.run(w)).max() <= (6 / 4) ** 0.5))
    #> w: [-1.1763502 -1.2074952] | within the Glorot limit: True
    print("c:", str(sess.run(c)))
    #> c: [5 6]
    print("o:", str(sess.run(o)))
    #> o: [1. 1.]
