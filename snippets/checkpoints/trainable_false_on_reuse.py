import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.variable_scope("encoder"):
    w = tf.get_variable("w", shape=[], initializer=tf.ones_initializer())
with tf.variable_scope("head"):
    h = tf.get_variable("h", shape=[], initializer=tf.ones_initializer())
loss = w * h

# trainable=False on a reusing call returns the variable as it is: still trainable.
with tf.variable_scope("encoder", reuse=True):
    frozen = tf.get_variable("w", trainable=False)
print(frozen is w, [v.op.name for v in tf.trainable_variables()])
#> True ['encoder/w', 'head/h']

# To train the head only, give the optimizer its variables.
train_head = tf.train.GradientDescentOptimizer(0.5).minimize(
    loss, var_list=tf.trainable_variables(scope="head/"))
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    sess.run(train_head)
    print([float(value) for value in sess.run([w, h])])
    #> [1.0, 0.5]

# Or take the variable out of the collection before minimize is called: minimize reads the
# collection when it is called, whenever the optimizer was made.
optimizer = tf.train.GradientDescentOptimizer(0.5)
train_before = optimizer.minimize(loss)  # called before the removal: trains w too
tf.get_collection_ref(tf.GraphKeys.TRAINABLE_VARIABLES).remove(w)
print([v.op.name for v in tf.trainable_variables()])
#> ['head/h']
train_after = optimizer.minimize(loss)  # called after it: trains h only
with tf.Session() as sess:
    for train in (train_before, train_after):
        sess.run(tf.global_variables_initializer())
        sess.run(train)
        print([float(value) for value in sess.run([w, h])])
        #> [0.5, 0.5]
        #> [1.0, 0.5]
