package dev.mrt.tagging.learned;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;

/**
 * The file of a trained model: its named OpenNLP classifiers, each in OpenNLP's own binary
 * format, one after the other. Layout: a magic line, the count, then per classifier its name and
 * the length and bytes of its OpenNLP file. Byte-identical for identical classifiers, so that a
 * retrained model can be compared with the shipped one.
 */
public final class ModelBundle {
    private static final String MAGIC = "mrt-model-bundle 1";

    private ModelBundle() {}

    public static void write(Map<String, AbstractModel> classifiers, OutputStream out) throws IOException {
        DataOutputStream data = new DataOutputStream(out);
        data.writeUTF(MAGIC);
        data.writeInt(classifiers.size());
        for (Map.Entry<String, AbstractModel> c : classifiers.entrySet()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new GenericModelWriter(c.getValue(), new DataOutputStream(bytes)).persist();
            data.writeUTF(c.getKey());
            data.writeInt(bytes.size());
            bytes.writeTo(data);
        }
        data.flush();
    }

    public static Map<String, AbstractModel> read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(in);
        String magic = data.readUTF();
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a model bundle (starts with '" + magic + "')");
        }
        int count = data.readInt();
        Map<String, AbstractModel> out = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            String name = data.readUTF();
            byte[] bytes = new byte[data.readInt()];
            data.readFully(bytes);
            out.put(name, new GenericModelReader(new BinaryFileDataReader(new ByteArrayInputStream(bytes))).getModel());
        }
        return out;
    }
}
