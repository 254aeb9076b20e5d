package cases.path;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;
import javax.ws.rs.FormParam;
import javax.ws.rs.GET;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;

@Path("/files")
public class FileResource {
  private static final String ROOT = "/var/app/uploads/";

  @GET
  @Path("/{name}")
  public byte[] read(@PathParam("name") String name) throws IOException {
    // ruleid: java.path.path-traversal
    return Files.readAllBytes(Paths.get(ROOT + name));
  }

  @GET
  public boolean exists(@QueryParam("dir") String dir, @HeaderParam("X-Tenant") String tenant) {
    // ruleid: java.path.path-traversal
    boolean a = new File(ROOT, dir).exists();
    // ruleid: java.path.path-traversal
    boolean b = new File(ROOT + tenant + "/index").exists();
    // ok: java.path.path-traversal
    return a && b && new File(ROOT, "default").exists();
  }

  @POST
  public void delete(@FormParam("id") String id) throws IOException {
    long n = Long.parseLong(id);
    // ok: java.path.path-traversal
    Files.deleteIfExists(Paths.get(ROOT + n + ".bin"));
  }
}
