import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def conv_relu(input, kernel_shape, bias_shape):
    weights = tf.get_variable("weights", kernel_shape, initializer=tf.random_normal_initializer())
    biases = tf.get_variable("biases", bias_shape, initializer=tf.constant_initializer(0.0))
    conv = tf.nn.conv2d(input, weights, strides=[1, 1, 1, 1], padding="SAME")
    return tf.nn.relu(conv + biases)


def my_image_filter(input_images):
    with tf.variable_scope("conv1"):
        relu1 = conv_relu(input_images, [5, 5, 32, 32], [32])
    with tf.variable_scope("conv2"):
        return conv_relu(relu1, [5, 5, 32, 32], [32])


image1 = tf.placeholder(tf.float32, [1, 8, 8, 32])
image2 = tf.placeholder(tf.float32, [1, 8, 8, 32])
result1 = my_image_filter(image1)
tf.get_variable_scope().reuse_variables()
result2 = my_image_filter(image2)

# The variables are made once and shared ...
print(len(tf.trainable_variables()), "variables")
#> 4 variables
# ... but every call builds its own ops: the second call's convolutions are new ops.
print(result1.op.name, result2.op.name)
#> conv2/Relu conv2_1/Relu
convolutions = [op.name for op in tf.get_default_graph().get_operations() if op.type == "Conv2D"]
print(convolutions)
#> ['conv1/Conv2D', 'conv2/Conv2D', 'conv1_1/Conv2D', 'conv2_1/Conv2D']
