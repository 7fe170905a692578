import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
sess = tf.Session()

# 拿官方的例子改动一下
def my_image_filter():
    conv1_weights = tf.Variable(tf.random_normal([5, 5, 32, 32]),
        name="conv1_weights")
    conv1_biases = tf.Variable(tf.zeros([32]), name="conv1_biases")
    conv2_weights = tf.Variable(tf.random_normal([5, 5, 32, 32]),
        name="conv2_weights")
    conv2_biases = tf.Variable(tf.zeros([32]), name="conv2_biases")
    return None

# First call creates one set of 4 variables.
result1 = my_image_filter()
# Another set of 4 variables is created in the second call.
result2 = my_image_filter()
# 获取所有的可训练变量
vs = tf.trainable_variables()
print('There are %d train_able_variables in the Graph: ' % len(vs))
#> There are 8 train_able_variables in the Graph: 
for v in vs:
    print(v)
    #> <tf.Variable 'conv1_weights:0' shape=(5, 5, 32, 32) dtype=float32_ref>
    #> <tf.Variable 'conv1_biases:0' shape=(32,) dtype=float32_ref>
    #> <tf.Variable 'conv2_weights:0' shape=(5, 5, 32, 32) dtype=float32_ref>
    #> <tf.Variable 'conv2_biases:0' shape=(32,) dtype=float32_ref>
    #> <tf.Variable 'conv1_weights_1:0' shape=(5, 5, 32, 32) dtype=float32_ref>
    #> <tf.Variable 'conv1_biases_1:0' shape=(32,) dtype=float32_ref>
    #> <tf.Variable 'conv2_weights_1:0' shape=(5, 5, 32, 32) dtype=float32_ref>
    #> <tf.Variable 'conv2_biases_1:0' shape=(32,) dtype=float32_ref>
