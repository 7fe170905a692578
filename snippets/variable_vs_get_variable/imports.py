from __future__ import print_function
from __future__ import division

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
